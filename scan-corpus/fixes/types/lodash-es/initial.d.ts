import { initial } from "lodash";
export default initial;
