import { deburr } from "lodash";
export default deburr;
