import { subtract } from "lodash";
export default subtract;
