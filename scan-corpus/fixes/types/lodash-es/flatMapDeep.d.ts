import { flatMapDeep } from "lodash";
export default flatMapDeep;
