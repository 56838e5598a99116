import AttributeReference from './AttributeReference';
import Context from './Context';
import ContextFilter from './ContextFilter';
import { DataSourceErrorKind, LDFileDataSourceError, LDPollingError, LDStreamingError, StreamingErrorHandler } from './datasource';
export * from './api';
export * from './validators';
export * from './logging';
export * from './options';
export * from './utils';
export * as internal from './internal';
export * from './errors';
export { AttributeReference, Context, ContextFilter, DataSourceErrorKind, LDPollingError, LDStreamingError, StreamingErrorHandler, LDFileDataSourceError, };
//# sourceMappingURL=index.d.ts.map