export * from './DndContext'
export * from './DndProvider'
export * from './DragPreviewImage'
