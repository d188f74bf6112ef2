import { DragHandle } from "./drag-handle";
import { TaskRowBody, rowPropsAt, type TaskRowsProps } from "./task-row-body";
import styles from "./tasks.module.css";

/**
 * The active tasks before dnd-kit has loaded (or when it cannot be fetched): the same rows,
 * moved with their buttons; the drag handle waits for dnd-kit.
 */
export function StaticTaskList(list: TaskRowsProps) {
  return (
    <ol ref={list.listRef} className={styles.taskList}>
      {list.rows.map((task, index) => (
        <li key={task.id} className={styles.taskRow}>
          <DragHandle task={task} aria-disabled />
          <TaskRowBody {...rowPropsAt(list, index, task)} />
        </li>
      ))}
    </ol>
  );
}
