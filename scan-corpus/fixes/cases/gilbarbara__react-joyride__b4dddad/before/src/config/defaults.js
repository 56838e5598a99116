export default {
  floaterProps: {
    options: {
      preventOverflow: {
        boundariesElement: 'scrollParent',
      },
    },
    wrapperOptions: {
      offset: -18,
      position: true,
    },
  },
  locale: {
    back: 'Back',
    close: 'Close',
    last: 'Last',
    next: 'Next',
    open: 'Open',
    skip: 'Skip',
  },
  step: {
    event: 'click',
    placement: 'bottom',
    offset: 10,
  },
};
