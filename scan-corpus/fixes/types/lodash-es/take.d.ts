import { take } from "lodash";
export default take;
