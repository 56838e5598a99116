"use strict";

export enum VariableType {
    Environment,
    File,
    Request,
    System,
}