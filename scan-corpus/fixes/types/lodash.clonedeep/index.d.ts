// Generated from https://github.com/DefinitelyTyped/DefinitelyTyped/blob/master/types/lodash/scripts/generate-modules.ts

import { cloneDeep } from "lodash";
export = cloneDeep;
