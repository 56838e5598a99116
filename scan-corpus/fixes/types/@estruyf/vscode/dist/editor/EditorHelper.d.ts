import { Uri } from "vscode";
export declare class EditorHelper {
    /**
     * Show a file in the editor
     * @param filePath
     */
    static showFile(filePath: Uri | string): Promise<void>;
}
