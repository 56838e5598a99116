import { clone } from "lodash";
export default clone;
