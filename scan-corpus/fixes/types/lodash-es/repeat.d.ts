import { repeat } from "lodash";
export default repeat;
