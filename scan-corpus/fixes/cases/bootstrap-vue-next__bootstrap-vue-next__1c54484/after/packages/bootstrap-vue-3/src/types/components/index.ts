// BAccordion
export type {Props as BAccordionProps} from './BAccordion/BAccordion'
export type {Props as BAccordionItemProps} from './BAccordion/BAccordionItem'
//
export type {Emits as BAlertEmits, Props as BAlertProps} from './BAlert'
// BAvatar
export type {Emits as BAvatarEmits, Props as BAvatarProps} from './BAvatar/BAvatar'
export type {
  ParentData as BAvatarGroupParentData,
  Props as BAvatarGroupProps,
} from './BAvatar/BAvatarGroup'
// BBadge
export type {Props as BBadgeProps} from './BBadge/BBadge'
// BBreadcrumb
export type {Props as BBreadcrumbProps} from './BBreadcrumb/BBreadcrumb'
export type {
  Emits as BBreadcrumbItemEmits,
  Props as BBreadcrumbItemProps,
} from './BBreadcrumb/BBreadcrumbItem'
// BButton
export type {Emits as BButtonEmits, Props as BButtonProps} from './BButton/BButton'
export type {Props as BButtonGroupProps} from './BButton/BButtonGroup'
export type {Props as BButtonToolbarProps} from './BButton/BButtonToolbar'
export type {Props as BCloseButtonProps} from './BButton/BCloseButton'
// BCard
export type {Props as BCardProps} from './BCard/BCard'
export type {Props as BCardBodyProps} from './BCard/BCardBody'
export type {Props as BCardFooterProps} from './BCard/BCardFooter'
export type {Props as BCardGroupProps} from './BCard/BCardGroup'
export type {Props as BCardHeaderProps} from './BCard/BCardHeader'
export type {Props as BCardImgProps} from './BCard/BCardImg'
export type {Props as BCardSubtitleProps} from './BCard/BCardSubtitle'
export type {Props as BCardTitleProps} from './BCard/BCardTitle'
// BCarousel
export type {
  Emits as BCarouselEmits,
  ParentData as BCarouselParentData,
  Props as BCarouselProps,
} from './BCarousel/BCarousel'
export type {Props as BCarouselSlideProps} from './BCarousel/BCarouselSlide'
export type {Props as BColProps} from './BCol'
export type {Emits as BCollapseEmits, Props as BCollapseProps} from './BCollapse'
export type {Props as BContainerProps} from './BContainer'
// BDropdown
export type {Emits as BDropdownEmits, Props as BDropdownProps} from './BDropdown/BDropdown'
export type {Props as BDropdownDividerProps} from './BDropdown/BDropdownDivider'
export type {Props as BDropdownGroupProps} from './BDropdown/BDropdownGroup'
export type {
  Emits as BDropdownItemEmits,
  Props as BDropdownItemProps,
} from './BDropdown/BDropdownItem'
export type {
  Emits as BDropdownItemButtonEmits,
  Props as BDropdownItemButtonProps,
} from './BDropdown/BDropdownItemButton'
// BForm
export type {Emits as BFormEmits, Props as BFormProps} from './BForm/BForm'
export type {Props as BFormFloatingLabelProps} from './BForm/BFormFloatingLabel'
export type {Props as BFormInvalidFeedbackProps} from './BForm/BFormInvalidFeedback'
export type {Props as BFormRowProps} from './BForm/BFormRow'
export type {Props as BFormTextProps} from './BForm/BFormText'
export type {Props as BFormValidFeedbackProps} from './BForm/BFormValidFeedback'
// BFormCheckbox
export type {
  Emits as BFormCheckboxEmits,
  Props as BFormCheckboxProps,
} from './BFormCheckbox/BFormCheckbox'
export type {
  Emits as BFormCheckboxGroupEmits,
  Props as BFormCheckboxGroupProps,
} from './BFormCheckbox/BFormCheckboxGroup'
// BFormGroup
export type {Props as BFormGroupProps} from './BFormGroup/BFormGroup'
// BFormInput
export type {Emits as BFormInputEmits, Props as BFormInputProps} from './BFormInput/BFormInput'
// BFormRadio
export type {Emits as BFormRadioEmits, Props as BFormRadioProps} from './BFormRadio/BFormRadio'
export type {
  Emits as BFormRadioGroupEmits,
  Props as BFormRadioGroupProps,
} from './BFormRadio/BFormRadioGroup'
// BFormSelect
export type {Emits as BFormSelectEmits, Props as BFormSelectProps} from './BFormSelect/BFormSelect'
export type {Props as BFormSelectOptionProps} from './BFormSelect/BFormSelectOption'
export type {Props as BFormSelectOptionGroupProps} from './BFormSelect/BFormSelectOptionGroup'
// BFormTags
export type {Emits as BFormTagEmits, Props as BFormTagProps} from './BFormTags/BFormTag'
export type {Emits as BFormTagsEmits, Props as BFormTagsProps} from './BFormTags/BFormTags'
// BFormTextarea
export type {
  Emits as BFormTextareaEmits,
  Props as BFormTextareaProps,
} from './BFormTextarea/BFormTextarea'
export type {Props as BImgProps} from './BImg'
// BInputGroup
export type {Props as BInputGroupProps} from './BInputGroup/BInputGroup'
export type {Props as BInputGroupAddonProps} from './BInputGroup/BInputGroupAddon'
export type {Props as BInputGroupAppendProps} from './BInputGroup/BInputGroupAppend'
export type {Props as BInputGroupPrependProps} from './BInputGroup/BInputGroupPrepend'
export type {Props as BInputGroupTextProps} from './BInputGroup/BInputGroupText'
// BLink
export type {Emits as BLinkEmits, Props as BLinkProps} from './BLink/BLink'
// BListGroup
export type {
  ParentData as BListGroupParentData,
  Props as BListGroupProps,
} from './BListGroup/BListGroup'
export type {Props as BListGroupItemProps} from './BListGroup/BListGroupItem'
export type {Emits as BModalEmits, Props as BModalProps} from './BModal'
export type {Props as BNavProps} from './BNav'
export type {Props as BNavItemProps} from './BNavItem'
export type {Props as BNavItemDropdownProps} from './BNavItemDropdown'
export type {Emits as BOffcanvasEmits, Props as BOffcanvasProps} from './BOffcanvas'
// BOverlay
export type {
  Emits as BOverlayEmits,
  Props as BOverlayProps,
  SlotScope as BOverlaySlotScope,
} from './BOverlay/BOverlay'
// BPagination
export type {Emits as BPaginationEmits, Props as BPaginationProps} from './BPagination/BPagination'
export type {
  DelayObject as BPopoverDelayObject,
  Emits as BPopoverEmits,
  Props as BPopoverProps,
} from './BPopover'
export type {ParentData as BProgressParentData, Props as BProgressProps} from './BProgress'
export type {Props as BProgressBarProps} from './BProgressBar'
export type {Props as BRowProps} from './BRow'
// BSkeleton
export type {Props as BSkeletonProps} from './BSkeleton/BSkeleton'
export type {Props as BSkeletonIconProps} from './BSkeleton/BSkeletonIcon'
export type {Props as BSkeletonTableProps} from './BSkeleton/BSkeletonTable'
export type {Props as BSkeletonWrapperProps} from './BSkeleton/BSkeletonWrapper'
export type {Props as BSpinnerProps} from './BSpinner'
// BTable
export type {
  BTableProvider,
  BTableProviderContext,
  BTableSortCompare,
  Props as BTableProps,
} from './BTable/BTable'
export type {Props as BTableSimpleProps} from './BTable/BTableSimple'
export type {Props as BTBodyProps} from './BTable/BTbody'
export type {Props as BTdProps} from './BTable/BTd'
export type {Props as BTfootProps} from './BTable/BTfoot'
export type {Props as BThProps} from './BTable/BTh'
export type {Props as BTheadProps} from './BTable/BThead'
export type {Props as BTrProps} from './BTable/BTr'
// BTabs
export type {Props as BTabProps} from './BTabs/BTab'
export type {
  Emits as BTabsEmits,
  ParentData as BTabsParentData,
  Props as BTabsProps,
} from './BTabs/BTabs'
// BToast
export type {Emits as BToastEmits, Props as BToastProps} from './BToast/BToast'
export type {Props as BToasterProps} from './BToast/BToaster'
// BTransition
export type {Props as BTransitionProps} from './BTransition/BTransition'
