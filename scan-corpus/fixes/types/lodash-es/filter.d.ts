import { filter } from "lodash";
export default filter;
