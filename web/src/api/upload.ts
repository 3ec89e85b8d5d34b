import { currentLanguage } from "../i18n";
import { ApiError, buildUrl, dataFromBody, errorFromBody, getCsrfToken, parseJson } from "./client";

export type UploadOptions = {
  /** The multipart field of the file; "file" unless the route says otherwise. */
  field?: string;
  /** Other form fields sent with the file (a criterion's code…). */
  fields?: Record<string, string>;
  /** 0–100 as the bytes leave the browser. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
};

/**
 * Sends one file as multipart/form-data and returns the answer's `data`. XMLHttpRequest rather than
 * fetch, because only it reports upload progress.
 */
export const uploadFile = <T>(path: string, file: File, options: UploadOptions = {}): Promise<T> => {
  const form = new FormData();
  for (const [key, value] of Object.entries(options.fields ?? {})) form.append(key, value);
  form.append(options.field ?? "file", file, file.name);
  return send<T>(buildUrl(path), form, null, options);
};

/** Sends a file's text as the request body (a JSON import), with the same progress and errors. */
export const uploadText = <T>(
  path: string,
  query: Record<string, string | undefined>,
  text: string,
  options: Pick<UploadOptions, "onProgress" | "signal"> = {},
): Promise<T> => send<T>(buildUrl(path, query), text, "application/json", options);

const send = <T>(
  url: string,
  body: FormData | string,
  contentType: string | null,
  options: Pick<UploadOptions, "onProgress" | "signal">,
): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.withCredentials = true;
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Accept-Language", currentLanguage());
    if (contentType) xhr.setRequestHeader("Content-Type", contentType);
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader("X-CSRF-Token", token);
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    });
    xhr.addEventListener("load", () => {
      const payload = parseJson(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(errorFromBody(xhr.status, payload));
        return;
      }
      try {
        resolve(dataFromBody<T>(xhr.status, payload));
      } catch (error) {
        reject(error);
      }
    });
    const networkError = () =>
      reject(
        new ApiError(0, "network", "Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại."),
      );
    xhr.addEventListener("error", networkError);
    xhr.addEventListener("abort", () => reject(new ApiError(0, "aborted", "Đã hủy tải lên.")));
    options.signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(body);
  });
