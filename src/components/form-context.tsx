"use client";
import { createContext, useContext } from "react";
import { idleState, type FormState } from "@/lib/form-state";

export const FormStateContext = createContext<FormState>(idleState);
export const useFormState = () => useContext(FormStateContext);
