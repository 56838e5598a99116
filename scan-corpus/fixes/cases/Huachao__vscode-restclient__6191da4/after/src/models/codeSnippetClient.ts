"use strict";

export class CodeSnippetClient {
    public key: string;
    public title: string;
    public link: string;
    public description: string;
}