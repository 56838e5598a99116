import ErrorKinds from './ErrorKinds';
import EventFactoryBase, { EvalEventArgs } from './EventFactoryBase';
export { ErrorKinds, EvalEventArgs, EventFactoryBase };
//# sourceMappingURL=index.d.ts.map