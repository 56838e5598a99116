export {
  DatabaseContents,
  DatabaseContentsWithDbScheme,
  DatabaseKind,
} from "./database-contents";
export { DatabaseChangedEvent, DatabaseEventKind } from "./database-events";
export { DatabaseItem } from "./database-item";
export { DatabaseItemImpl } from "./database-item-impl";
export { DatabaseManager } from "./database-manager";
export { DatabaseResolver } from "./database-resolver";
export { DatabaseOptions, FullDatabaseOptions } from "./database-options";
