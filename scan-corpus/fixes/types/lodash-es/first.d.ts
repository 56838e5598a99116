import { first } from "lodash";
export default first;
