import { tap } from "lodash";
export default tap;
