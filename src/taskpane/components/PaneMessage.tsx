import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Ref } from "react";

export interface PaneMessageProps {
  readonly intent: "error" | "warning" | "info" | "success";
  readonly title?: string;
  readonly message: string;
  readonly action?: { readonly label: string; readonly onClick: () => void };
  readonly onDismiss?: () => void;
  /** Focus lands here after a failed build, so a screen reader reads the message at once. */
  readonly focusRef?: Ref<HTMLDivElement>;
}

/** A host failure or notice, in plain words: the pane never hides a failure in the console. */
export function PaneMessage({ intent, title, message, action, onDismiss, focusRef }: PaneMessageProps) {
  return (
    // Multiline: task panes are narrow, and the plain message is what matters.
    <MessageBar intent={intent} layout="multiline" ref={focusRef} tabIndex={focusRef ? -1 : undefined}>
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {message}
      </MessageBarBody>
      {action || onDismiss ? (
        <MessageBarActions>
          {action ? <Button onClick={action.onClick}>{action.label}</Button> : null}
          {onDismiss ? <Button onClick={onDismiss}>Dismiss</Button> : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
