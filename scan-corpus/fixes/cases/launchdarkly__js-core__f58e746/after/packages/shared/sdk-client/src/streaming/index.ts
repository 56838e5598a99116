import {
  DataSourcePaths,
  PollingDataSourceConfig,
  StreamingDataSourceConfig,
} from '../datasource/DataSourceConfig';
import StreamingProcessor from './StreamingProcessor';

export { DataSourcePaths, PollingDataSourceConfig, StreamingProcessor, StreamingDataSourceConfig };
