import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from './errors';

/** For pages: a NOT_FOUND from the data layer renders the 404 page (same for missing and for another company's). */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  }
}
