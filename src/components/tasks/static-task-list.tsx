import { DragHandle } from "./drag-handle";
import { TaskRowBody, rowPropsAt, type TaskRowsProps } from "./task-row-body";
import styles from "./tasks.module.css";

/**
 * The active tasks before dnd-kit has loaded (or when it cannot be fetched): the same rows,
 * moved with their buttons. The drag handle looks the same and does nothing until dnd-kit is
 * there (not aria-disabled, which would dim it for the moment until then).
 */
export function StaticTaskList(list: TaskRowsProps) {
  return (
    <ol ref={list.listRef} className={styles.taskList}>
      {list.rows.map((task, index) => (
        <li key={task.id} className={styles.taskRow}>
          <DragHandle task={task} />
          <TaskRowBody {...rowPropsAt(list, index, task)} />
        </li>
      ))}
    </ol>
  );
}
