import { dropWhile } from "lodash";
export default dropWhile;
