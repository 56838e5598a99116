export declare const FORM_ERROR = "FINAL_FORM/form-error";
export declare const ARRAY_ERROR = "FINAL_FORM/array-error";
