import { Button } from "@fluentui/react-components";
import { saveBlob } from "./saveBlob";

export interface DownloadButtonProps {
  /** The built workbook, asked for only on click: building the Blob copies the whole package. */
  readonly download: () => { readonly fileName: string; readonly blob: Blob } | null;
  /** Injected in tests; the browser's download otherwise. */
  readonly save?: (blob: Blob, fileName: string) => void;
}

/** Offers the built workbook, named after its quarter (`scorecard-Q2-2013-14.xlsx`). */
export function DownloadButton({ download, save = saveBlob }: DownloadButtonProps) {
  return (
    <Button
      appearance="primary"
      onClick={() => {
        const file = download();
        if (file) save(file.blob, file.fileName);
      }}
    >
      Download the workbook
    </Button>
  );
}
