import { debounce, DebouncedFunc, DebounceSettings } from "lodash";

export { DebouncedFunc, DebounceSettings };
export default debounce;
