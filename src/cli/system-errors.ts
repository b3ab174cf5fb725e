/** Russian wording for the file-system errors a user can cause (a bad --out, a full disk, no permission). */
const REASONS: Record<string, string> = {
  EEXIST: 'на этом месте уже есть файл, а нужна папка',
  ENOTDIR: 'часть пути — файл, а не папка',
  EISDIR: 'это папка, а не файл',
  EACCES: 'нет прав доступа',
  EPERM: 'операция не разрешена',
  EROFS: 'файловая система только для чтения',
  ENOSPC: 'на диске нет места',
  EDQUOT: 'превышена квота диска',
  ENOENT: 'нет такого файла или папки',
  ENAMETOOLONG: 'слишком длинное имя',
  EMFILE: 'открыто слишком много файлов',
  ELOOP: 'путь зацикливается через символические ссылки',
  EFBIG: 'файл слишком большой (больше 16 МБ)',
  // Not an errno: fs-probe's readOrNull refuses a FIFO or a device under an input's name.
  ENOTREGULAR: 'это не обычный файл, а канал, устройство или сокет',
};

/** A message for an error of the file system, or null when the error is not one (then it is a bug). */
export function describeSystemError(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const { code, path, dest } = error as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string' || !(code in REASONS)) return null;
  const where = dest ?? path;
  return where
    ? `не удалось записать или прочитать «${where}»: ${REASONS[code]}.`
    : `ошибка файловой системы: ${REASONS[code]}.`;
}
