import { intersectionWith } from "lodash";
export default intersectionWith;
