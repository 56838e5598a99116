import type { EditorValidationResult } from './editorValidationResult.interface';

export interface OnValidationErrorResult {
  validationResults: EditorValidationResult;
}
