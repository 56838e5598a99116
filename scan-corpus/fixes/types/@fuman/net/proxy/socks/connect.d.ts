import { IReadable, IWritable } from '@fuman/io';
import { TcpEndpoint } from '../../types.js';
import { SocksProxySettings } from './types.js';
export declare function performSocksHandshake(reader: IReadable, writer: IWritable, proxy: SocksProxySettings, destination: TcpEndpoint): Promise<void>;
