import { intersectionBy } from "lodash";
export default intersectionBy;
