import type {BreadcrumbItem} from '../..'
// Props
export interface Props {
  items?: Array<BreadcrumbItem>
}
// Emits

// Other
