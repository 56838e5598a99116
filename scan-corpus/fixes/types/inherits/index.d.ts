/// <reference types="node" />

import { inherits } from "util";
export = inherits;
