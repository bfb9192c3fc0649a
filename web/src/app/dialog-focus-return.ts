import { useEffect } from 'react';

/**
 * When a dialog closes, the focus goes back to the control that had it before (WCAG 2.4.3, focus order). The
 * app mounts its dialogs only while they are open, so Mantine's own return (when `opened` turns false) never
 * runs: the removed dialog left the focus on the page's body and a keyboard user back at the top. This keeps the
 * last focused element outside any dialog and, when a removed node held a dialog and the focus fell to the
 * body, gives the focus back to that element if it is still on the page. The element may still be disabled for
 * a moment (a button busy with the save the dialog made), so the return is tried again for half a second.
 */
export function useDialogFocusReturn() {
  useEffect(() => {
    let last: HTMLElement | null = null;
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && !target.closest('[role="dialog"]')) last = target;
    };
    const heldDialog = (node: Node) =>
      node instanceof Element && (node.matches('[role="dialog"]') || node.querySelector('[role="dialog"]'));
    const onBody = () => document.activeElement === null || document.activeElement === document.body;
    const giveBack = (tries: number) => {
      if (!onBody() || !last?.isConnected) return;
      last.focus();
      if (onBody() && tries > 0) setTimeout(() => giveBack(tries - 1), 50);
    };
    const observer = new MutationObserver((records) => {
      if (onBody() && records.some((r) => [...r.removedNodes].some(heldDialog))) giveBack(10);
    });
    document.addEventListener('focusin', onFocus);
    // Mantine reuses one portal node for its pop-ups, so the dialog leaves from inside it: the subtree is watched.
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocus);
      observer.disconnect();
    };
  }, []);
}
