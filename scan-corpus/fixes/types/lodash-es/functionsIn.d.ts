import { functionsIn } from "lodash";
export default functionsIn;
