import { eq } from "lodash";
export default eq;
