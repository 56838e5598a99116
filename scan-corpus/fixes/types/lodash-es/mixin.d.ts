import { mixin } from "lodash";
export default mixin;
