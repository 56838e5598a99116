export { camelToKebab } from './camelToKebab/camelToKebab';
export { format }       from './format/format';
export { pad }          from './pad/pad';
export { uniqueId }     from './uniqueId/uniqueId';
