import { IReadable, IWritable } from '@fuman/io';
import { TcpEndpoint } from '../../types.js';
import { HttpProxySettings } from './types.js';
export declare function performHttpProxyHandshake(reader: IReadable, writer: IWritable, proxy: HttpProxySettings, destination: TcpEndpoint): Promise<void>;
