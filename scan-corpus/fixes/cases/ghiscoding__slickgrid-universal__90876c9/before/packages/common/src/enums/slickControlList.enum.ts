import type { SlickColumnPicker, SlickGridMenu } from '../extensions/index';

export type SlickControlList = SlickColumnPicker | SlickGridMenu;
