import type { GetIn } from "../types";
declare const getIn: GetIn;
export default getIn;
