import { xor } from "lodash";
export default xor;
