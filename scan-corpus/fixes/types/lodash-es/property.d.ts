import { property, PropertyPath } from "lodash";

export { PropertyPath };
export default property;
