import type { SetIn } from "../types";
declare const setIn: SetIn;
export default setIn;
