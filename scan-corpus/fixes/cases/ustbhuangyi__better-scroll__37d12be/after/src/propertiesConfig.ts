export const propertiesConfig = [
  {
    sourceKey: 'scroller.scrollBehaviorX.currentPos',
    key: 'x'
  },
  {
    sourceKey: 'scroller.scrollBehaviorY.currentPos',
    key: 'y'
  },
  {
    sourceKey: 'scroller.scrollBehaviorX.hasScroll',
    key: 'hasHorizontalScroll'
  },
  {
    sourceKey: 'scroller.scrollBehaviorY.hasScroll',
    key: 'hasVerticalScroll'
  },
  {
    sourceKey: 'scroller.scrollBehaviorX.contentSize',
    key: 'scrollerWidth'
  },
  {
    sourceKey: 'scroller.scrollBehaviorY.contentSize',
    key: 'scrollerHeight'
  },
  {
    sourceKey: 'scroller.scrollBehaviorX.maxScrollPos',
    key: 'maxScrollX'
  },
  {
    sourceKey: 'scroller.scrollBehaviorY.maxScrollPos',
    key: 'maxScrollY'
  },
  {
    sourceKey: 'scroller.scrollBehaviorX.movingDirection',
    key: 'movingDirectionX'
  },
  {
    sourceKey: 'scroller.scrollBehaviorY.movingDirection',
    key: 'movingDirectionY'
  },
  {
    sourceKey: 'scroller.scrollBehaviorX.direction',
    key: 'directionX'
  },
  {
    sourceKey: 'scroller.scrollBehaviorY.direction',
    key: 'directionY'
  },
  {
    sourceKey: 'scroller.enabled',
    key: 'enabled'
  },
  {
    sourceKey: 'scroller.animater.pending',
    key: 'pending'
  },
  {
    sourceKey: 'scroller.scrollTo',
    key: 'scrollTo'
  },
  {
    sourceKey: 'scroller.resetPosition',
    key: 'resetPosition'
  }
]
