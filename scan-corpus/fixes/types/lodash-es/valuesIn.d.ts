import { valuesIn } from "lodash";
export default valuesIn;
