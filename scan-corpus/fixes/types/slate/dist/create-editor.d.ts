import { Editor } from './';
/**
 * Create a new Slate `Editor` object.
 */
export declare const createEditor: () => Editor;
//# sourceMappingURL=create-editor.d.ts.map