import type {ContainerPosition} from '../..'
import type {ToastInstance} from '../../../components/BToast/plugin'
// Props
export interface Props {
  position?: ContainerPosition
  instance?: ToastInstance
  // appendToast?: boolean
}
// Emits

// Other
